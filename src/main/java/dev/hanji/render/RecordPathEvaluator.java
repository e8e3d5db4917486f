package dev.hanji.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the {@code ${...}} expressions a page template repeats for every navigation entry — a path of
 * record components such as {@code item.href}, optionally negated or ending in {@code isEmpty()} or
 * {@code size()} — by calling the components' accessors directly. Everything else, and every case whose
 * outcome could differ (a null on the way, a value that is not a public record), goes to Thymeleaf's own
 * OGNL evaluator, so results and error messages stay Thymeleaf's.
 *
 * <p>Why: OGNL looks every accessor up by reflection and Thymeleaf 3.1 vets each call against its list
 * of forbidden types; with a sidebar of a hundred entries that was most of a page's template time.
 */
final class RecordPathEvaluator implements IStandardVariableExpressionEvaluator {
  private static final Pattern SIMPLE = Pattern.compile(
      "\\s*(!?)\\s*([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*?)(\\.isEmpty\\(\\)|\\.size\\(\\))?\\s*");
  /** OGNL's words that look like a variable name but are not one. */
  private static final Set<String> OGNL_WORDS = Set.of("null", "true", "false", "and", "or", "not", "in",
      "instanceof", "new", "shl", "shr", "ushr", "band", "bor", "xor", "eq", "neq", "lt", "gt", "lte", "gte");
  /** The variable Thymeleaf guards in restricted contexts such as {@code th:href}; OGNL enforces that. */
  private static final String REQUEST_PARAMETERS = "param";
  /** Stands for "OGNL must answer": a value templates can never produce. */
  private static final Object UNANSWERED = new Object();

  private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
  private final Map<String, Optional<Path>> paths = new ConcurrentHashMap<>();
  private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      return accessorsOf(type);
    }
  };

  /** A parsed simple expression: {@code negated}, the names along the path, and a final method if any. */
  private record Path(boolean negated, List<String> names, String method) {
    boolean readsRequestParameters() {
      return !names.isEmpty() && names.get(0).equals(REQUEST_PARAMETERS);
    }
  }

  /** The literal {@code null}, which Thymeleaf itself evaluates for a conditional without an else part. */
  private static final Path NULL = new Path(false, List.of(), "");

  @Override
  public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                         StandardExpressionExecutionContext executionContext) {
    Optional<Path> path = expression.getUseSelectionAsRoot() ? Optional.empty()
        : paths.computeIfAbsent(expression.getExpression(), RecordPathEvaluator::parse)
            .filter(parsed -> !executionContext.getRestrictVariableAccess()
                || !parsed.readsRequestParameters());
    Object value = path.isPresent() ? follow(context, path.get()) : UNANSWERED;
    if (value == UNANSWERED) {
      return ognl.evaluate(context, expression, executionContext);
    }
    return executionContext.getPerformTypeConversion()
        ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
        : value;
  }

  private static Optional<Path> parse(String expression) {
    if (expression.strip().equals("null")) {
      return Optional.of(NULL);
    }
    Matcher matcher = SIMPLE.matcher(expression);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    List<String> names = List.of(matcher.group(2).split("\\."));
    if (OGNL_WORDS.contains(names.get(0))) {
      return Optional.empty();
    }
    String method = matcher.group(3) == null ? "" : matcher.group(3).substring(1, matcher.group(3).indexOf('('));
    return Optional.of(new Path(!matcher.group(1).isEmpty(), names, method));
  }

  private Object follow(IExpressionContext context, Path path) {
    if (path == NULL) {
      return null;
    }
    Object value = context.getVariable(path.names().get(0));
    for (String name : path.names().subList(1, path.names().size())) {
      MethodHandle accessor = value == null ? null : accessors.get(value.getClass()).get(name);
      if (accessor == null) {
        return UNANSWERED;
      }
      value = invoke(accessor, value);
    }
    if (!path.method().isEmpty()) {
      value = applyMethod(path.method(), value);
    }
    if (path.negated()) {
      return value instanceof Boolean flag ? !flag : UNANSWERED;
    }
    return value;
  }

  private static Object applyMethod(String method, Object value) {
    if (value instanceof Collection<?> collection) {
      return method.equals("size") ? (Object) collection.size() : (Object) collection.isEmpty();
    }
    if (value instanceof String text) {
      return method.equals("size") ? UNANSWERED : (Object) text.isEmpty();
    }
    return UNANSWERED;
  }

  private static Object invoke(MethodHandle accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new TemplateProcessingException("cannot read a property of " + target.getClass().getName(), e);
    }
  }

  /** Accessors of a public record's components by name; empty for any other type. */
  private static Map<String, MethodHandle> accessorsOf(Class<?> type) {
    Map<String, MethodHandle> found = new HashMap<>();
    if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
      return found;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        found.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()));
      } catch (IllegalAccessException e) {
        return Map.of(); // a record nested in a non-public type: OGNL decides
      }
    }
    return Map.copyOf(found);
  }
}
