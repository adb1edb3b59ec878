package io.guarddesk.tickets.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ReferenceConverter implements AttributeConverter<Reference, String> {

    @Override
    public String convertToDatabaseColumn(Reference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public Reference convertToEntityAttribute(String value) {
        return value == null ? null : new Reference(value);
    }
}
