using DrawGuess.ArchitectureTests.Canaries.StoredState.Domain.Alpha;
using DrawGuess.ArchitectureTests.Canaries.StoredState.Domain.Alpha.Snapshots;
using DrawGuess.ArchitectureTests.Canaries.StoredState.Infrastructure.Alpha;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class StoredStateTests
{
    [Fact]
    public void Stored_snapshots_are_versioned_records_of_plain_values() =>
        StoredStateRules.SnapshotsAreVersioned(Codebase.Real).ShouldPass();

    [Fact]
    public void Snapshot_rule_catches_canaries() =>
        StoredStateRules.SnapshotsAreVersioned(Codebase.Canaries("StoredState")).ShouldReportExactly(
            Expected.Type<UnversionedSnapshot>("is not named …V{n}"),
            Expected.Type<WronglyNumberedSnapshotV2>("says it is version 1, its name says 2"),
            Expected.Type<MutableSnapshotV1>("is mutable: property Id"),
            Expected.Type<HoldsADomainTypeV1>("holds Player in Player"),
            Expected.Type<HoldsAMutableListV1>("holds List`1 in Players"),
            Expected.Type<StoredElsewhereV1>("expected a DrawGuess.ArchitectureTests.Canaries.StoredState.Domain.{Module}.Snapshots namespace"));

    [Fact]
    public void Infrastructure_does_not_reflect_over_fields() =>
        StoredStateRules.NoReflectionOverFields(Codebase.Real).ShouldPass();

    [Fact]
    public void Reflection_rule_catches_canaries() =>
        StoredStateRules.NoReflectionOverFields(Codebase.Canaries("StoredState")).ShouldReportExactly(
            typeof(ReflectsOverFields).Expect("lists fields by reflection"),
            typeof(ReflectsOverFields).Expect("reads or writes a field by reflection"),
            typeof(MakesObjectsWithoutConstructors).Expect("makes an object without its constructor"));
}
