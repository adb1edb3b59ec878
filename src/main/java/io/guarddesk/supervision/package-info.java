/**
 * The supervisor dashboard (R3.3, R3.4): open security tickets, acknowledgements waiting and
 * overdue, security tickets per day by source as a PrimeFaces chart, and the incidents' clocks.
 * Counts only; no ticket content.
 */
package io.guarddesk.supervision;
