using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Rooms;

public sealed class InMemoryRoomRepositoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly RoomCode OldCode = new("ABCDEF");
    private static readonly RoomCode NewCode = new("GHJKMN");

    private readonly InMemoryRoomRepository _rooms = new();
    private readonly Room _room = Room.Create(RoomId.New(), OldCode, new RoomSettings("Fun room", false, 8, 3, 80, 3, 2, Language.English, [], false),
        TestPlayers.Id(1), "Ann", ManualClock.DefaultStart);

    [Fact]
    public async Task A_renewed_invite_code_finds_the_room_once_saved_and_the_old_one_no_longer_does()
    {
        await _rooms.AddAsync(_room, fence: null, None);

        _room.RenewInviteCode(NewCode);
        await _rooms.SaveAsync(_room, fence: null, None);

        (await _rooms.FindByCodeAsync(NewCode, None)).ShouldBeSameAs(_room);
        (await _rooms.FindByCodeAsync(OldCode, None)).ShouldBeNull();
    }

    [Fact]
    public async Task Removing_a_room_whose_code_was_renewed_frees_its_code()
    {
        await _rooms.AddAsync(_room, fence: null, None);
        _room.RenewInviteCode(NewCode);
        await _rooms.SaveAsync(_room, fence: null, None);

        await _rooms.RemoveAsync(_room.Id, None);

        (await _rooms.FindByCodeAsync(NewCode, None)).ShouldBeNull();
        (await _rooms.FindByCodeAsync(OldCode, None)).ShouldBeNull();
    }
}
