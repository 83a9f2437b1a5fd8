using System.Diagnostics.CodeAnalysis;

namespace DrawGuess.Domain.SharedKernel;

public readonly record struct RoomId(Guid Value)
{
    public static RoomId New() => new(Guid.NewGuid());
    public static bool TryParse([NotNullWhen(true)] string? text, out RoomId id)
    {
        var ok = Guid.TryParse(text, out var guid);
        id = new RoomId(guid);
        return ok;
    }
    public override string ToString() => Value.ToString("N");
}
