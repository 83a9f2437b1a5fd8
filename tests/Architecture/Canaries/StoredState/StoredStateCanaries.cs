using System.Reflection;
using System.Runtime.CompilerServices;
using DrawGuess.Domain.Common;

// Under Canaries.StoredState: the snapshots named Unversioned*, Mutable*, Wrong*, Holds* and Stored*Elsewhere
// break the snapshot rule, the Reflects*/Makes* types the reflection rule; the others must pass.
namespace DrawGuess.ArchitectureTests.Canaries.StoredState.Domain.Alpha.Snapshots
{
    public sealed record AlphaSnapshotV1(Guid Id, string Name, IReadOnlyList<AlphaPartV1> Parts, IReadOnlyDictionary<Guid, IReadOnlyList<DateTimeOffset>> Times,
        DayOfWeek Day, TimeSpan? Grace) : IStoredSnapshot
    {
        public const int Version = 1;
    }

    public sealed record AlphaPartV1(long Order, double Tokens);

    public sealed record UnversionedSnapshot(Guid Id);

    public sealed record WronglyNumberedSnapshotV2(Guid Id) : IStoredSnapshot
    {
        public const int Version = 1;
    }

    public sealed record MutableSnapshotV1(Guid Id)
    {
        public Guid Id { get; set; } = Id;
    }

    public sealed record HoldsADomainTypeV1(Alpha.Player Player);

    public sealed record HoldsAMutableListV1(List<Guid> Players);
}

namespace DrawGuess.ArchitectureTests.Canaries.StoredState.Domain.Alpha
{
    public sealed record Player(Guid Id);

    public sealed record StoredElsewhereV1(Guid Id) : IStoredSnapshot
    {
        public const int Version = 1;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.StoredState.Infrastructure.Alpha
{
    public static class ReflectsOverFields
    {
        public static object? Run(object state) => state.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Instance)[0].GetValue(state);
    }

    public static class MakesObjectsWithoutConstructors
    {
        public static object Run(Type type) => RuntimeHelpers.GetUninitializedObject(type);
    }

    public static class ReadsPublicProperties
    {
        public static object? Run(object state) => state.GetType().GetProperty("Id")?.GetValue(state);
    }
}
