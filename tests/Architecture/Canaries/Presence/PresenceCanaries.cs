// Under Canaries.Presence: Seat and Guesser keep a copy of who is connected and break the presence rule; Round reads
// it and Alpha's released snapshot keeps its stored shape, so both pass.
namespace DrawGuess.ArchitectureTests.Canaries.Presence.Domain.Alpha
{
    public sealed class Seat
    {
        public bool Connected { get; private set; }
    }

    public sealed class Guesser
    {
        private DateTimeOffset? _disconnectedAt;

        public void SetConnected(bool connected, DateTimeOffset now) => _disconnectedAt = connected ? null : now;
    }

    public sealed class Round
    {
        public bool IsOver(Func<Guid, bool> isPresent, Guid drawer) => !isPresent(drawer);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Presence.Domain.Alpha.Snapshots
{
    public sealed record SeatSnapshotV1(Guid PlayerId, bool Connected);
}
