using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rooms;

/// <summary>A short invite code without look-alike characters (no 0/O, 1/I/L).</summary>
public readonly record struct RoomCode(string Value)
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static RoomCode Generate(IRandomSource random)
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new RoomCode(new string(chars));
    }

    public static bool TryParse(string? text, out RoomCode code)
    {
        code = default;
        if (text is null || text.Length != Length) return false;
        var upper = text.ToUpperInvariant();
        foreach (var c in upper)
        {
            if (!Alphabet.Contains(c)) return false;
        }
        code = new RoomCode(upper);
        return true;
    }

    public override string ToString() => Value;
}
