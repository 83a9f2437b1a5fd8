namespace DrawGuess.ArchitectureTests.Support;

/// <summary>One broken rule: <paramref name="Subject"/> is the type (or assembly, or project file) at fault.</summary>
public sealed record Violation(string Subject, string Problem)
{
    public override string ToString() => $"{Subject}: {Problem}";
}

/// <summary>What a rule found; <paramref name="Checked"/> counts what it selected, so an empty selection is noticed.</summary>
public sealed record RuleResult(string Rule, int Checked, IReadOnlyList<Violation> Violations);

/// <summary>A violation the canary test expects: this subject, with a problem containing this text.</summary>
public sealed record Expected(string Subject, string ProblemContains)
{
    public static Expected Type<T>(string problemContains) => new(typeof(T).FullName!, problemContains);
}

public static class ExpectedExtensions
{
    /// <summary>For static classes, which cannot be type arguments of <see cref="Expected.Type{T}"/>.</summary>
    public static Expected Expect(this Type type, string problemContains) => new(type.FullName!, problemContains);
}
