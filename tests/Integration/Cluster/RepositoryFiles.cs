namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>Files of the repository this test assembly was built from.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DrawGuess.sln"))) return folder.FullName;
            }
            throw new DirectoryNotFoundException($"No DrawGuess.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The error codes of docs/protocol.md's "Errors" table: the only codes a client is promised.</summary>
    public static IReadOnlySet<string> DocumentedErrorCodes() =>
        File.ReadLines(Path.Combine(Root, "docs", "protocol.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('`')[1])
            .Where(code => code.All(c => char.IsAsciiLetterUpper(c) || c == '_'))
            .ToHashSet();
}
