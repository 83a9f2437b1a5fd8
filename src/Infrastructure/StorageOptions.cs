namespace DrawGuess.Infrastructure;

/// <summary>Which adapter serves each port (configuration section "Storage"). The defaults need no external service.</summary>
public static class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Key "Storage:Rankings": <c>Sqlite</c> (default, a local file) or <c>Postgres</c>.</summary>
    public const string Rankings = "Rankings";
}
