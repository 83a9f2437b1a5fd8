using System.Text.Json;
using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>
/// One JSON file per pending result in <see cref="Folder"/>, named after the game id. Each file is
/// written to a temporary name, flushed to disk and renamed, so a crash leaves either the whole
/// result or none of it.
/// </summary>
internal sealed class FileResultOutbox(string folder, ILogger<FileResultOutbox> logger) : IResultOutbox
{
    private const string Pattern = "*.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task AddAsync(GameResult result, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{result.GameId:N}.{Guid.NewGuid():N}.tmp");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(file, PendingResultDocument.From(result), Json, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, PathOf(result.GameId), overwrite: true);
    }

    public async Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder)) return [];
        var files = new DirectoryInfo(Folder).EnumerateFiles(Pattern).OrderBy(f => f.LastWriteTimeUtc).Take(limit);
        var pending = new List<GameResult>();
        foreach (var file in files)
        {
            try
            {
                await using var stream = file.OpenRead();
                var document = await JsonSerializer.DeserializeAsync<PendingResultDocument>(stream, Json, cancellationToken);
                pending.Add(document!.ToResult());
            }
            catch (FileNotFoundException)
            {
                // Drained by another instance sharing this folder since we listed it.
            }
            catch (Exception exception) when (exception is JsonException or GameRuleException or ArgumentException or NullReferenceException)
            {
                // Set aside rather than retried for ever; an operator can read it.
                logger.LogError(exception, "Pending result file {File} is unreadable; renamed to .unreadable", file.FullName);
                file.MoveTo(file.FullName + ".unreadable", overwrite: true);
            }
        }
        return pending;
    }

    public Task RemoveAsync(Guid gameId, CancellationToken cancellationToken)
    {
        if (Directory.Exists(Folder)) File.Delete(PathOf(gameId));
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, Pattern).Count() : 0);

    private string PathOf(Guid gameId) => Path.Combine(Folder, $"{gameId:N}.json");
}
