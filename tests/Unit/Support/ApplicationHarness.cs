using DrawGuess.Application;
using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Chat;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Players;
using DrawGuess.Infrastructure.Rankings.Gallery;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.Infrastructure.Rounds;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DrawGuess.UnitTests.Support;

/// <summary>
/// The Application layer as the server wires it (MediatR, the behaviours, every handler), on the in-memory
/// stores, counting what reaches them; what reaches players is recorded by substitutes.
/// </summary>
internal sealed class ApplicationHarness
{
    public ApplicationHarness()
    {
        Clock = new ManualClock();
        Sessions = new InMemoryPlayerSessionStore(Clock);
        Words.Words(Arg.Any<string>()).Returns(["apple", "house", "tiger", "piano", "cloud"]);
        Services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IRandomSource>(new FakeRandom())
            .AddSingleton(Words)
            .AddSingleton<ISecretTokens, SecretTokens>()
            .AddSingleton<IRoomLocks, InMemoryRoomLocks>()
            .AddSingleton<ICommandScheduler>(Scheduler)
            .AddSingleton<IPlayerSessionStore>(Sessions)
            .AddSingleton<IPlayerSessions>(Sessions)
            .AddSingleton<IRoomRepository>(Rooms)
            .AddSingleton<IGameRepository>(Games)
            .AddSingleton<IChatRepository>(Chats)
            .AddSingleton(Substitute.For<IPlayersNotifier>())
            .AddSingleton(RoomsNotifier)
            .AddSingleton(Substitute.For<IRoundsNotifier>())
            .AddSingleton(Substitute.For<IChatNotifier>())
            .AddSingleton(Substitute.For<ILobbySubscriptions>())
            .AddSingleton(Substitute.For<IGameMetrics>())
            .AddSingleton<IRankingsStore>(new FlakyRankingsStore(failures: 0))
            .AddSingleton<IResultOutbox>(new InMemoryResultOutbox())
            .AddSingleton<IGalleryDrafts>(new InMemoryGalleryDrafts())
            .AddSingleton<IFinishedGameGalleries>(new InMemoryFinishedGameGalleries())
            .BuildServiceProvider();
        Mediator = Services.GetRequiredService<IMediator>();
    }

    public ManualClock Clock { get; }
    public IWordSource Words { get; } = Substitute.For<IWordSource>();
    public InMemoryPlayerSessionStore Sessions { get; }
    public RecordingScheduler Scheduler { get; } = new();
    public CountingRoomRepository Rooms { get; } = new();
    public CountingGameRepository Games { get; } = new();
    public CountingChatRepository Chats { get; } = new();
    public IRoomsNotifier RoomsNotifier { get; } = Substitute.For<IRoomsNotifier>();
    public IServiceProvider Services { get; }
    public IMediator Mediator { get; }

    public int RoomUpdatesSent => RoomsNotifier.ReceivedCalls().Count(c => c.GetMethodInfo().Name == nameof(IRoomsNotifier.RoomUpdated));

    public void ResetCounts()
    {
        Rooms.Reset();
        Games.Reset();
        Chats.Reset();
        RoomsNotifier.ClearReceivedCalls();
    }
}

internal sealed class CountingRoomRepository : IRoomRepository
{
    private readonly InMemoryRoomRepository _rooms = new();

    public int Saves { get; private set; }

    public void Reset() => Saves = 0;

    public Task<Room?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => _rooms.FindAsync(roomId, fence, cancellationToken);

    public Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken) => _rooms.FindByCodeAsync(code, cancellationToken);

    public Task AddAsync(Room room, RoomFence? fence, CancellationToken cancellationToken) => _rooms.AddAsync(room, fence, cancellationToken);

    public Task SaveAsync(Room room, RoomFence? fence, CancellationToken cancellationToken)
    {
        Saves++;
        return _rooms.SaveAsync(room, fence, cancellationToken);
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => _rooms.RemoveAsync(roomId, cancellationToken);

    public Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken) => _rooms.ListAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => _rooms.CountAsync(cancellationToken);
}

internal sealed class CountingGameRepository : IGameRepository
{
    private readonly InMemoryGameRepository _games = new();

    public int Saves { get; private set; }

    public void Reset() => Saves = 0;

    public Task<Game?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => _games.FindAsync(roomId, fence, cancellationToken);

    public Task SaveAsync(Game game, RoomFence? fence, CancellationToken cancellationToken)
    {
        Saves++;
        return _games.SaveAsync(game, fence, cancellationToken);
    }

    public Task SaveCanvasAsync(Game game, IReadOnlyList<PlayerId> receivers, RoomFence? fence, CancellationToken cancellationToken)
    {
        Saves++;
        return _games.SaveCanvasAsync(game, receivers, fence, cancellationToken);
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => _games.RemoveAsync(roomId, cancellationToken);

    public Task<int> CountRunningAsync(CancellationToken cancellationToken) => _games.CountRunningAsync(cancellationToken);
}

internal sealed class CountingChatRepository : IChatRepository
{
    private readonly InMemoryChatRepository _chats = new();

    public int Loads { get; private set; }
    public int Saves { get; private set; }

    public void Reset() => (Loads, Saves) = (0, 0);

    public Task<ChatLog> GetAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken)
    {
        Loads++;
        return _chats.GetAsync(roomId, fence, cancellationToken);
    }

    public Task SaveAsync(RoomId roomId, ChatLog log, IReadOnlyList<PlayerId> readers, RoomFence? fence, CancellationToken cancellationToken)
    {
        Saves++;
        return _chats.SaveAsync(roomId, log, readers, fence, cancellationToken);
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => _chats.RemoveAsync(roomId, cancellationToken);
}
