using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

/// <summary>A player of a game and what they earned in it; whether they are connected is the room's (<see cref="IPresence"/>).</summary>
public sealed class Participant
{
    internal Participant(PlayerId playerId, string name, long joinOrder)
    {
        PlayerId = playerId;
        Name = name;
        JoinOrder = joinOrder;
    }

    public PlayerId PlayerId { get; }
    public string Name { get; }
    public long JoinOrder { get; }
    public int Score { get; internal set; }
    public int TurnsDrawn { get; internal set; }
    public int CorrectGuesses { get; internal set; }
    public int LikesReceived { get; internal set; }
    /// <summary>Points earned as drawer in this game.</summary>
    public int DrawerPoints { get; internal set; }
    /// <summary>The quickest correct guess in this game, from the start of drawing.</summary>
    public TimeSpan? FastestGuess { get; internal set; }

    internal ParticipantSnapshotV3 ToSnapshot() =>
        new(PlayerId.Value, Name, JoinOrder, Score, TurnsDrawn, CorrectGuesses, LikesReceived, DrawerPoints, FastestGuess);

    internal static Participant Restore(ParticipantSnapshotV3 snapshot) =>
        new(new PlayerId(snapshot.PlayerId), snapshot.Name, snapshot.JoinOrder)
        {
            Score = snapshot.Score,
            TurnsDrawn = snapshot.TurnsDrawn,
            CorrectGuesses = snapshot.CorrectGuesses,
            LikesReceived = snapshot.LikesReceived,
            DrawerPoints = snapshot.DrawerPoints,
            FastestGuess = snapshot.FastestGuess,
        };
}
