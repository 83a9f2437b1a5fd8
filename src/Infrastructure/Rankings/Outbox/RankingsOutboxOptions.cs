using Microsoft.Data.Sqlite;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>Where results wait while the rankings database is unavailable (key "Rankings:OutboxPath").</summary>
internal static class RankingsOutboxOptions
{
    public const string PathKey = "Rankings:OutboxPath";

    /// <summary>
    /// Next to the SQLite file (drawguess-rankings.db → drawguess-rankings-outbox/); for PostgreSQL the temp
    /// folder, the one writable place in the container (an emptyDir, which outlives container restarts).
    /// </summary>
    public static string DefaultFolder(bool postgres, string connectionString)
    {
        var dataSource = postgres ? null : new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            return Path.Combine(Path.GetTempPath(), "drawguess-rankings-outbox");
        var file = Path.GetFullPath(dataSource);
        return Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-outbox");
    }
}
