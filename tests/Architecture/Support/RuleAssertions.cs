using Shouldly;

namespace DrawGuess.ArchitectureTests.Support;

public static class RuleAssertions
{
    /// <summary>The rule selected something and found nothing wrong; otherwise every violation is listed.</summary>
    public static void ShouldPass(this RuleResult result)
    {
        ShouldHaveSelected(result);
        if (result.Violations.Count > 0)
            throw new ShouldAssertException($"{result.Rule}: {result.Violations.Count} violation(s)\n  " + string.Join("\n  ", result.Violations));
    }

    /// <summary>
    /// The rule reported exactly what the canaries were written to break: every expectation matches a violation
    /// (same subject, problem containing the text) and every violation matches an expectation. Proves the rule can
    /// still fail, for the intended reason, and that the well-formed canaries next to them pass.
    /// </summary>
    public static void ShouldReportExactly(this RuleResult result, params Expected[] expected)
    {
        ShouldHaveSelected(result);
        var errors = new List<string>();
        errors.AddRange(result.Violations.Where(v => !expected.Any(e => Matches(e, v))).Select(v => $"unexpected: {v}"));
        errors.AddRange(expected.Where(e => !result.Violations.Any(v => Matches(e, v))).Select(e => $"missing: {e.Subject}: …{e.ProblemContains}…"));
        if (errors.Count > 0)
        {
            throw new ShouldAssertException($"{result.Rule} on canaries:\n  " + string.Join("\n  ", errors)
                + "\nreported:\n  " + string.Join("\n  ", result.Violations));
        }
    }

    private static bool Matches(Expected expected, Violation violation) =>
        violation.Subject == expected.Subject && violation.Problem.Contains(expected.ProblemContains, StringComparison.Ordinal);

    private static void ShouldHaveSelected(RuleResult result) =>
        result.Checked.ShouldBeGreaterThan(0, $"{result.Rule} selected nothing to check, so it can no longer fail");
}
