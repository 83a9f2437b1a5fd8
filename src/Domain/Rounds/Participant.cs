using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

public sealed class Participant
{
    internal Participant(PlayerId playerId, string name, long joinOrder, bool connected)
    {
        PlayerId = playerId;
        Name = name;
        JoinOrder = joinOrder;
        Connected = connected;
    }

    public PlayerId PlayerId { get; }
    public string Name { get; }
    public long JoinOrder { get; }
    public bool Connected { get; internal set; }
    public DateTimeOffset? DisconnectedAt { get; internal set; }
    public int Score { get; internal set; }
    public int TurnsDrawn { get; internal set; }
    public int CorrectGuesses { get; internal set; }
    public int LikesReceived { get; internal set; }
    /// <summary>Points earned as drawer in this game.</summary>
    public int DrawerPoints { get; internal set; }
    /// <summary>The quickest correct guess in this game, from the start of drawing.</summary>
    public TimeSpan? FastestGuess { get; internal set; }

    internal ParticipantSnapshotV2 ToSnapshot() =>
        new(PlayerId.Value, Name, JoinOrder, Connected, DisconnectedAt, Score, TurnsDrawn, CorrectGuesses, LikesReceived, DrawerPoints, FastestGuess);

    internal static Participant Restore(ParticipantSnapshotV2 snapshot) =>
        new(new PlayerId(snapshot.PlayerId), snapshot.Name, snapshot.JoinOrder, snapshot.Connected)
        {
            DisconnectedAt = snapshot.DisconnectedAt,
            Score = snapshot.Score,
            TurnsDrawn = snapshot.TurnsDrawn,
            CorrectGuesses = snapshot.CorrectGuesses,
            LikesReceived = snapshot.LikesReceived,
            DrawerPoints = snapshot.DrawerPoints,
            FastestGuess = snapshot.FastestGuess,
        };
}
