package io.guarddesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one transaction edge of a feature: everything a boundary method writes commits together
 * before it returns, so a caller that reports "saved" to a user only does so after the commit
 * (R7.1).
 */
@Stereotype
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Boundary {
}
