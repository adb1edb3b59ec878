package io.guarddesk.accounts.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row every directory change locks and counts up. Holding its lock until commit makes
 * changes commit in the order of their numbers, so an instance replaying changes never skips one
 * that committed late (a database sequence would not promise that across instances).
 */
@Entity
@Table(name = "directory_version")
public class DirectoryVersion {

    public static final int ID = 1;

    @Id
    private int id;

    private long version;

    protected DirectoryVersion() {
    }

    public long next() {
        return ++version;
    }

    public long current() {
        return version;
    }
}
