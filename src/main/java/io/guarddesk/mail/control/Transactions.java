package io.guarddesk.mail.control;

import jakarta.persistence.EntityManager;

import java.util.function.Function;

/**
 * Runs work in a transaction of its own that commits before this returns: JTA in the container,
 * a resource-local transaction in the database tests. The relay needs one per step, so that a
 * claim is visible to other instances before any mail is sent and each outcome is durable alone.
 */
public interface Transactions {

    <T> T inNewTransaction(Function<EntityManager, T> work);
}
