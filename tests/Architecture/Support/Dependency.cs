using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>
/// <paramref name="From"/> uses <paramref name="To"/>; <paramref name="Where"/> says how, for the failure message.
/// <paramref name="Member"/> is set only on the declaring type of a called method or accessed field, to that member's name.
/// </summary>
public sealed record Dependency(TypeDefinition From, TypeReference To, string Where, string? Member = null)
{
    public string ToFullName => To.DisplayName();

    public override string ToString() => $"{ToFullName} ({Where})";
}
