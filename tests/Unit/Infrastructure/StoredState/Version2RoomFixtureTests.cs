using System.Text;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Version 2 as released (Fixtures/V2): rooms with spectators. A version 1 room loads with none, and a
/// version 2 room written as version 1 for pods of the release before it is the version 1 room again.
/// </summary>
public sealed class Version2RoomFixtureTests
{
    [Fact]
    public void A_version_1_room_is_rewritten_as_the_released_version_2()
    {
        StoredFixtures.Rewrite("V1", "room.json", writeVersion: 2).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V2", "room.json")));
    }

    [Theory]
    [InlineData("room.json")]
    [InlineData("room-spectators.json")]
    public void A_version_2_room_reads_back_and_writes_the_same(string name)
    {
        StoredFixtures.Rewrite("V2", name, writeVersion: 2).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V2", name)));
    }

    [Fact]
    public void A_version_2_room_written_as_version_1_is_the_released_version_1_room()
    {
        StoredFixtures.Rewrite("V2", "room-spectators.json", writeVersion: 1).ShouldBe(Encoding.UTF8.GetString(StoredFixtures.Read("V1", "room.json")));
    }
}
