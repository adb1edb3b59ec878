/**
 * Demo data for the embedded default: staff sign-ins, a few tickets in Japanese and English and
 * canned replies, loaded only into an empty database and only when
 * {@code GUARDDESK_DEMO_DATA} is not {@code false}.
 */
package io.guarddesk.demo;
