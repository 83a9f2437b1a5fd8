using System.Reflection;
using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Unless a rollout asks for an older version, Redis mode writes each part of a room's state in that part's newest
/// version: a store capped at another part's newest loses what the newer version added (ratings, spectators).
/// </summary>
public sealed class StoredStateVersionTests
{
    public static TheoryData<string, int> Parts => new()
    {
        { "Rounds", RedisGameRepository.WriteVersion(new RedisOptions()) },
        { "Rooms", RedisRoomRepository.WriteVersion(new RedisOptions()) },
        { "Chat", RedisChatRepository.WriteVersion(new RedisOptions()) },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void By_default_each_part_is_written_in_its_newest_version(string module, int written)
    {
        written.ShouldBe(NewestVersion(module));
    }

    [Fact]
    public void A_rollout_setting_caps_every_part_at_it()
    {
        var rollout = new RedisOptions { StoredStateVersion = 2 };

        (RedisGameRepository.WriteVersion(rollout), RedisRoomRepository.WriteVersion(rollout), RedisChatRepository.WriteVersion(rollout))
            .ShouldBe((2, 2, 1));
    }

    private static int NewestVersion(string module) =>
        typeof(IStoredSnapshot).Assembly.GetTypes()
            .Where(t => t.Namespace == $"DrawGuess.Domain.{module}.Snapshots" && t.IsAssignableTo(typeof(IStoredSnapshot)))
            .Max(t => (int)t.GetField("Version", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!);
}
