using System.Text.Json;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

/// <summary>Drawings as JSON: one value per drawing in Redis, one array per game in the rankings database and the outbox.</summary>
internal static class GalleryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(GalleryDrawing drawing) => JsonSerializer.Serialize(drawing, Options);

    public static GalleryDrawing ReadDrawing(string json) => JsonSerializer.Deserialize<GalleryDrawing>(json, Options)!;

    public static string Write(GalleryGuessTime guess) => JsonSerializer.Serialize(guess, Options);

    public static GalleryGuessTime ReadGuess(string json) => JsonSerializer.Deserialize<GalleryGuessTime>(json, Options)!;

    public static string Write(IReadOnlyList<GalleryDrawing> drawings) => JsonSerializer.Serialize(drawings, Options);

    public static IReadOnlyList<GalleryDrawing> ReadDrawings(string json) => JsonSerializer.Deserialize<GalleryDrawing[]>(json, Options)!;
}
