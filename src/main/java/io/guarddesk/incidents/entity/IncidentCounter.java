package io.guarddesk.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that numbers incidents within a year. Opening an incident locks it, so numbers are
 * gapless and unique across instances without a dialect-specific sequence call, and openings are
 * serialised (they are rare; a duplicate check behind the lock is then free of races).
 */
@Entity
@Table(name = "incident_counter")
public class IncidentCounter {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "number_year")
    private int year;

    @Column(name = "last_number")
    private int lastNumber;

    protected IncidentCounter() {
    }

    /**
     * The next number in {@code year}; the count starts again at 1 in a new year. A clock that
     * went back across New Year keeps counting in the later year rather than reuse a number.
     */
    public IncidentReference next(int year) {
        if (year > this.year) {
            this.year = year;
            this.lastNumber = 0;
        }
        lastNumber++;
        return IncidentReference.of(this.year, lastNumber);
    }
}
