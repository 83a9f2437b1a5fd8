using System.Diagnostics.CodeAnalysis;

namespace DrawGuess.Domain.SharedKernel;

public readonly record struct PlayerId(Guid Value)
{
    public static PlayerId New() => new(Guid.NewGuid());
    public static bool TryParse([NotNullWhen(true)] string? text, out PlayerId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new PlayerId(guid);
        return ok;
    }
    public override string ToString() => Value.ToString("N");
}
