using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Rooms.Queries.GetRoomSnapshot;

public sealed class GetRoomSnapshotQueryHandlerTests
{
    private static readonly PlayerId Ann = TestPlayers.Id(1);
    private static readonly PlayerId Cid = TestPlayers.Id(3);

    [Fact]
    public async Task A_caller_whose_session_still_names_a_room_they_were_kicked_from_gets_NOT_IN_ROOM_and_sees_nothing_of_it()
    {
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Fun room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            Ann, "Ann", ManualClock.DefaultStart);
        room.Join(Cid, "Cid");
        room.Kick(Ann, Cid);
        var rooms = new InMemoryRoomRepository();
        await rooms.AddAsync(room, fence: null, CancellationToken.None);
        var services = new ServiceCollection().AddSingleton<IRoomStateStore<Room>>(new RoomStore(rooms)).BuildServiceProvider();
        var (games, chat) = (Substitute.For<IGameStateViews>(), Substitute.For<IChatHistory>());
        var handler = new GetRoomSnapshotQueryHandler(new RoomSnapshots(games, chat));
        // As read before the kick took the room's lock (or, with Redis, from an instance's cache of sessions).
        var caller = new PlayerSessionView(Cid, "Cid", "cid-connection", room.Id);

        var refused = await Should.ThrowAsync<GameRuleException>(() =>
            RoomUnits.RunAsync(services, room.Id, unit => handler.Handle(new GetRoomSnapshotQuery("cid-connection"), unit, CancellationToken.None), caller));

        refused.Code.ShouldBe(ErrorCodes.NotInRoom);
        games.ReceivedCalls().ShouldBeEmpty();
        chat.ReceivedCalls().ShouldBeEmpty();
    }
}
