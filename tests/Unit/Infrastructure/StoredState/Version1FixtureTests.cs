namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Version 1 as released (Fixtures/V1: the version 0 fixtures as this release rewrites them). Whatever
/// version comes next must still load these, and a value read and written again must come out the same.
/// </summary>
public sealed class Version1FixtureTests
{
    public static TheoryData<string> Fixtures => ["room.json", "game-drawing.json", "game-ended.json", "chat-state.json", "chat-messages.jsonl"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_0_value_is_rewritten_as_the_released_version_1(string name)
    {
        StoredFixtures.Rewrite("V0", name, writeVersion: 1).ShouldBe(StoredFixtures.AsThisReleaseWrites("V1", name));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_1_value_reads_back_and_writes_the_same(string name)
    {
        StoredFixtures.Rewrite("V1", name, writeVersion: 1).ShouldBe(StoredFixtures.AsThisReleaseWrites("V1", name));
    }
}
