using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.UnitTests.Support;
using MediatR;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Rooms.Queries.GetRoomSnapshot;

public sealed class GetRoomSnapshotQueryHandlerTests
{
    private static readonly PlayerId Ann = Players.Id(1);
    private static readonly PlayerId Cid = Players.Id(3);

    [Fact]
    public async Task A_caller_whose_session_still_names_a_room_they_were_kicked_from_gets_NOT_IN_ROOM_and_sees_nothing_of_it()
    {
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Fun room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            Ann, "Ann", ManualClock.DefaultStart);
        room.Join(Cid, "Cid");
        room.Kick(Ann, Cid);
        var rooms = new InMemoryRoomRepository();
        await rooms.AddAsync(room, CancellationToken.None);
        var sessions = new InMemoryPlayerSessionStore(new ManualClock());
        await sessions.AddAsync(new PlayerSession(Cid, "Cid", "token-hash"));
        await sessions.BindAsync(Cid, "cid-connection");
        // As read before the kick took the room's lock (or, with Redis, from an instance's cache of sessions).
        await sessions.SetRoomAsync(Cid, room.Id);
        var mediator = Substitute.For<IMediator>();
        var handler = new GetRoomSnapshotQueryHandler(sessions, rooms, new InMemoryRoomLocks(), new RoomSnapshots(mediator));

        var refused = await Should.ThrowAsync<GameRuleException>(() => handler.Handle(new GetRoomSnapshotQuery("cid-connection"), CancellationToken.None));

        refused.Code.ShouldBe(ErrorCodes.NotInRoom);
        mediator.ReceivedCalls().ShouldBeEmpty();
    }
}
