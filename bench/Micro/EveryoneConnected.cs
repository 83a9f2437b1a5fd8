using DrawGuess.Domain.SharedKernel;

/// <summary>The benchmarks' players never disconnect.</summary>
internal sealed class EveryoneConnected : IPresence
{
    public static readonly EveryoneConnected Presence = new();

    public bool IsConnected(PlayerId playerId) => true;

    public DateTimeOffset? DisconnectedAt(PlayerId playerId) => null;
}
