using System.Reflection;
using System.Text.RegularExpressions;
using DrawGuess.ArchitectureTests.Support;
using DrawGuess.Domain.Common;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>
/// What Redis holds has an explicit, versioned shape (docs/operations.md, "Stored state versions"): the
/// snapshot records of the Domain's <c>{Module}.Snapshots</c> namespaces, and nothing that reflects over
/// the domain's fields.
/// </summary>
public static partial class StoredStateRules
{
    private static readonly HashSet<Type> Plain =
        [typeof(bool), typeof(int), typeof(long), typeof(double), typeof(string), typeof(Guid), typeof(DateTimeOffset), typeof(TimeSpan)];

    /// <summary>
    /// Snapshot types are sealed immutable records named …V{n}; a stored one (<see cref="IStoredSnapshot"/>) says
    /// it is version n in a constant. They hold plain values, enums, other snapshots and read-only lists and dictionaries of
    /// those, never a domain type, whose shape could change without a new version.
    /// </summary>
    public static RuleResult SnapshotsAreVersioned(Codebase codebase)
    {
        var domain = codebase.LayerNamespace(Layer.Domain);
        var snapshots = codebase.Types
            .Where(t => IsSnapshotNamespace(t.Namespace, domain) || (t.IsAssignableTo(typeof(IStoredSnapshot)) && !t.IsInterface))
            .ToList();
        var violations = new List<Violation>();
        foreach (var snapshot in snapshots)
        {
            var problems = new List<string>();
            if (!IsSnapshotNamespace(snapshot.Namespace, domain)) problems.Add($"lives in {snapshot.Namespace}, expected a {domain}.{{Module}}.Snapshots namespace");
            if (!snapshot.IsSealed || !snapshot.IsRecord()) problems.Add("is not a sealed record");
            problems.AddRange(snapshot.MutableMembers().Select(member => $"is mutable: {member}"));
            var version = VersionSuffix().Match(snapshot.Name);
            if (!version.Success) problems.Add("is not named …V{n}, its version");
            else if (snapshot.IsAssignableTo(typeof(IStoredSnapshot)) && StoredVersion(snapshot) != int.Parse(version.Groups[1].Value))
                problems.Add($"says it is version {StoredVersion(snapshot)}, its name says {version.Groups[1].Value}");
            foreach (var property in snapshot.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                if (!IsStorable(property.PropertyType, domain)) problems.Add($"holds {property.PropertyType.Name} in {property.Name}, not a plain value, enum, snapshot or read-only collection of them");
            }
            violations.AddRange(problems.Select(problem => new Violation(snapshot.FullName!, problem)));
        }
        return new RuleResult("Stored snapshots are sealed records named and numbered by their version, holding only plain values", snapshots.Count, violations);
    }

    /// <summary>Infrastructure reads and writes domain state through snapshots: no field reflection, no objects made without a constructor.</summary>
    public static RuleResult NoReflectionOverFields(Codebase codebase)
    {
        var types = codebase.DefinitionsIn(Layer.Infrastructure).ToList();
        return DependencyRule.Check("Infrastructure does not reflect over fields", codebase, types, dependency =>
            (dependency.ToFullName, dependency.Member) switch
            {
                ("System.Type", "GetField" or "GetFields") => "lists fields by reflection",
                // Not GetFieldFromHandle: the compiler emits it for the closures of expression trees (EF queries).
                ("System.Reflection.FieldInfo", "GetValue" or "SetValue" or "GetValueDirect" or "SetValueDirect") => "reads or writes a field by reflection",
                ("System.Runtime.CompilerServices.RuntimeHelpers" or "System.Runtime.Serialization.FormatterServices", "GetUninitializedObject") =>
                    "makes an object without its constructor",
                _ => null,
            });
    }

    private static bool IsSnapshotNamespace(string? @namespace, string domain) =>
        @namespace is not null && @namespace.StartsWith(domain + ".", StringComparison.Ordinal) && @namespace.EndsWith(".Snapshots", StringComparison.Ordinal);

    private static bool IsStorable(Type type, string domain)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Plain.Contains(type) || type.IsEnum || IsSnapshotNamespace(type.Namespace, domain)) return true;
        if (!type.IsGenericType) return false;
        var definition = type.GetGenericTypeDefinition();
        return (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>))
            && type.GetGenericArguments().All(argument => IsStorable(argument, domain));
    }

    private static int? StoredVersion(Type snapshot) =>
        snapshot.GetField("Version", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } version ? version.GetRawConstantValue() as int? : null;

    [GeneratedRegex("V([1-9][0-9]*)$")]
    private static partial Regex VersionSuffix();
}
