package org.ddworkbench.pack;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.ddworkbench.model.Aggregate;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Expectation;
import org.ddworkbench.model.Flag;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Severity;

/** Builds the Jackson mapper that reads packs strictly: no unknown fields, duplicate keys, coercion or trailing data. */
final class PackJsonMapper {

    private PackJsonMapper() {
    }

    static JsonMapper create() {
        SimpleModule enums = new SimpleModule("ddw-pack-enums");
        register(enums, Aggregate.class);
        register(enums, Comparison.class);
        register(enums, DataSourceKind.class);
        register(enums, Expectation.class);
        LowerCaseEnumDeserializer<Flag> flag = register(enums, Flag.class);
        enums.addKeyDeserializer(Flag.class, flag.asKeyDeserializer());
        register(enums, MetricLevel.class);
        register(enums, MetricType.class);
        LowerCaseEnumDeserializer<Severity> severity = register(enums, Severity.class);
        enums.addKeyDeserializer(Severity.class, severity.asKeyDeserializer());

        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Exact decimals in the tree, so the canonical form does not depend on double rounding.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .withCoercionConfigDefaults(cfg -> cfg
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, cfg -> cfg
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, cfg -> cfg
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                // A whole number is a valid value for a decimal field (1 for 1.0); nothing else is converted.
                .withCoercionConfig(LogicalType.Float, cfg -> cfg
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Integer, cfg -> cfg
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(enums)
                .build();
    }

    private static <E extends Enum<E>> LowerCaseEnumDeserializer<E> register(SimpleModule module, Class<E> type) {
        LowerCaseEnumDeserializer<E> deserializer = new LowerCaseEnumDeserializer<>(type);
        module.addDeserializer(type, deserializer);
        return deserializer;
    }
}
