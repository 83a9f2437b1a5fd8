using System.Text.Json;
using DrawGuess.Application.Rounds;

namespace DrawGuess.Infrastructure.Rounds;

/// <summary>Word packs compiled into this assembly from Rounds/WordPacks/*.json.</summary>
internal sealed class EmbeddedWordSource : IWordSource
{
    private readonly Dictionary<string, IReadOnlyList<string>> _packs = new(StringComparer.OrdinalIgnoreCase);

    public EmbeddedWordSource()
    {
        var assembly = typeof(EmbeddedWordSource).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DrawGuess.WordPacks.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var pack = JsonSerializer.Deserialize<WordPack>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
            _packs[pack.Language] = pack.Words.Select(w => w.Text).ToArray();
        }
    }

    public IReadOnlyList<string> Words(string language) => _packs.GetValueOrDefault(language) ?? [];

    internal sealed record WordPack(string Language, IReadOnlyList<WordEntry> Words);

    internal sealed record WordEntry(string Text, string Category, string Difficulty);
}
