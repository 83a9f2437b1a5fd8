namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>This server process among the instances sharing one Redis.</summary>
internal sealed class ServerInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
