package io.guarddesk.incidents.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class IncidentReferenceConverter implements AttributeConverter<IncidentReference, String> {

    @Override
    public String convertToDatabaseColumn(IncidentReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public IncidentReference convertToEntityAttribute(String value) {
        return value == null ? null : new IncidentReference(value);
    }
}
