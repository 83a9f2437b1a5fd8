using System.Reflection;
using System.Text;
using DrawGuess.WebApi.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.ArchitectureTests.Contract;

/// <summary>
/// Writes the TypeScript shapes of what the server sends and accepts, as System.Text.Json writes them (camelCase,
/// C# nullability as <c>| null</c>), from the C# types themselves: the hub's methods (<see cref="GameHub"/>), its
/// events (<see cref="IGameClient"/>) and the REST endpoints' typed results. Strings stay <c>string</c>: the values
/// a string may take are documented in docs/protocol.md, and web/src/api/types.ts narrows them.
/// </summary>
public static class TypeScriptContract
{
    public const string RelativePath = "web/src/api/contract.generated.ts";

    private static readonly NullabilityInfoContext Nullability = new();

    public static string Generate()
    {
        var dtos = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var hubMethods = HubMethods().Select(m => $"  {m.Name}: {{ args: [{string.Join(", ", m.GetParameters().Select(p => $"{p.Name}: {TypeOf(p.ParameterType, Nullability.Create(p), dtos)}"))}]; result: {ResultOf(m, dtos)} }};");
        var hubEvents = typeof(IGameClient).GetMethods().OrderBy(m => m.MetadataToken)
            .Select(m => $"  {CamelCase(m.Name)}: {TypeOf(m.GetParameters().Single().ParameterType, Nullability.Create(m.GetParameters().Single()), dtos)};");
        var rest = RestHandlers().Select(m => $"  {m.Name}: {ResultOf(m, dtos)};");

        var text = new StringBuilder();
        text.Append("// Generated from the server's C# types by tests/Architecture/Contract/TypeScriptContract.cs: do not edit.\n");
        text.Append("// After changing a DTO, a hub method or a REST result: DRAWGUESS_WRITE_CONTRACT=1 dotnet test tests/Architecture -c Release --filter WireContract\n\n");
        text.Append("/** Hub methods (GameHub): `invoke(name, ...args)` resolves to `result`. */\nexport interface HubMethods {\n").AppendJoin('\n', hubMethods).Append("\n}\n\n");
        text.Append("/** Hub events (IGameClient): `on(name, (payload) => ...)`. */\nexport interface HubEvents {\n").AppendJoin('\n', hubEvents).Append("\n}\n\n");
        text.Append("/** REST answers (200), by endpoint name (the OpenAPI operation id). */\nexport interface RestResults {\n").AppendJoin('\n', rest).Append("\n}\n");
        var interfaces = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (dtos.Keys.FirstOrDefault(name => !interfaces.ContainsKey(name)) is { } name) interfaces[name] = Interface(dtos[name], dtos);
        foreach (var written in interfaces.Values) text.Append('\n').Append(written);
        return text.ToString();
    }

    private static IEnumerable<MethodInfo> HubMethods() =>
        typeof(GameHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(GameHub))
            // The routes of canvas calls sent without an id: a client names the method itself (DrawStroke, ...).
            .Where(m => m.GetCustomAttribute<HubMethodNameAttribute>() is null)
            .OrderBy(m => m.MetadataToken);

    /// <summary>The handlers of the endpoint classes that answer a typed 200 (the health and metrics endpoints answer untyped text or JSON).</summary>
    private static IEnumerable<MethodInfo> RestHandlers() =>
        typeof(GameHub).Assembly.GetTypes()
            .Where(t => t.Namespace == "DrawGuess.WebApi.Endpoints")
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods(BindingFlags.NonPublic | BindingFlags.Static).OrderBy(m => m.MetadataToken))
            .Where(m => Unwrap(m.ReturnType) is { IsGenericType: true } result && result.GetGenericTypeDefinition() == typeof(Ok<>));

    private static string ResultOf(MethodInfo method, IDictionary<string, Type> dtos)
    {
        var result = Unwrap(method.ReturnType);
        if (result == typeof(void)) return "void";
        var nullability = Nullability.Create(method.ReturnParameter);
        if (method.ReturnType.IsGenericType) nullability = nullability.GenericTypeArguments[0];
        if (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Ok<>)) return TypeOf(result.GetGenericArguments()[0], nullability.GenericTypeArguments[0], dtos);
        return TypeOf(result, nullability, dtos);
    }

    /// <summary>Task&lt;T&gt; and ValueTask&lt;T&gt; to T, Task to void.</summary>
    private static Type Unwrap(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask) ? typeof(void)
        : type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)) ? type.GetGenericArguments()[0]
        : type;

    private static string Interface(Type dto, IDictionary<string, Type> dtos)
    {
        var text = new StringBuilder($"export interface {dto.Name} {{\n");
        foreach (var property in dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            text.Append($"  {CamelCase(property.Name)}: {TypeOf(property.PropertyType, Nullability.Create(property), dtos)};\n");
        }
        return text.Append("}\n").ToString();
    }

    private static string TypeOf(Type type, NullabilityInfo nullability, IDictionary<string, Type> dtos)
    {
        if (Nullable.GetUnderlyingType(type) is { } value) return $"{TypeOf(value, nullability, dtos)} | null";
        var ts = NonNullTypeOf(type, nullability, dtos);
        return nullability.ReadState == NullabilityState.Nullable && !type.IsValueType ? $"{ts} | null" : ts;
    }

    private static string NonNullTypeOf(Type type, NullabilityInfo nullability, IDictionary<string, Type> dtos)
    {
        if (type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid)) return "string";
        if (type == typeof(bool)) return "boolean";
        if (type.IsPrimitive || type == typeof(decimal)) return "number";
        if (type == typeof(object)) return "unknown";
        if (type.IsArray) return ArrayOf(TypeOf(type.GetElementType()!, nullability.ElementType!, dtos));
        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            return ArrayOf(TypeOf(type.GetGenericArguments()[0], nullability.GenericTypeArguments[0], dtos));
        if (type.IsClass && type.Namespace?.StartsWith("DrawGuess.", StringComparison.Ordinal) == true)
        {
            if (dtos.TryGetValue(type.Name, out var known) && known != type)
                throw new InvalidOperationException($"{type.FullName} and {known.FullName} would both be {type.Name} in TypeScript.");
            dtos[type.Name] = type;
            return type.Name;
        }
        throw new NotSupportedException($"No TypeScript mapping for {type.FullName}.");
    }

    private static string ArrayOf(string element) => element.Contains(' ', StringComparison.Ordinal) ? $"({element})[]" : $"{element}[]";

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
