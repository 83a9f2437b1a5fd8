using System.Reflection;
using DrawGuess.Application.Chat;
using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.Behaviours;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rounds;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.Application;

public static class DependencyInjection
{
    /// <summary>MediatR 5.1.0 has no DI package: handlers and notification handlers are registered by scanning this assembly.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Handlers and their helpers hold nothing per call (only singleton ports, options and loggers), so
        // one instance of each serves the process: a hub call no longer builds them, and the scope's table
        // that held them, anew (a joining player's memory, docs/performance.md).
        services.AddSingleton<ServiceFactory>(provider => provider.GetService!);
        services.AddSingleton<IMediator, Mediator>();

        // Order matters: the first registered behaviour is the outermost. They hold nothing per request
        // (a logger and the singleton validators), so every stroke batch need not build new ones.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(TimingBehaviour<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(RoomUnitOfWorkBehaviour<,>));

        var assembly = Assembly.GetExecutingAssembly();
        RegisterClosedImplementations(services, assembly, typeof(IRequestHandler<,>), ServiceLifetime.Singleton);
        RegisterClosedImplementations(services, assembly, typeof(IRoomCommandHandler<,>), ServiceLifetime.Singleton);
        RegisterClosedImplementations(services, assembly, typeof(IRoomEventHandler<>), ServiceLifetime.Singleton);
        // Validators hold no state and cost far more to build than to run: one instance each for the process.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddSingleton<IRoomStateStore<Room>, RoomStore>();
        services.AddSingleton<IRoomStateStore<Game>, GameStore>();
        services.AddSingleton<IRoomStateStore<ChatLog>, ChatStore>();
        services.AddSingleton<IPlayerPresence, PlayerPresence>();
        services.AddSingleton<IRoomMembers, RoomMembers>();
        services.AddSingleton<IRoomVisibility, RoomVisibility>();
        services.AddSingleton<IGameStateViews, GameStateViews>();
        services.AddSingleton<IGuessJudge, GuessJudge>();
        services.AddSingleton<IChatHistory, ChatHistory>();
        services.AddSingleton<RoomBroadcaster>();
        services.AddSingleton<RoomBroadcasts>();
        services.AddSingleton<RoomSnapshots>();
        services.AddSingleton<RoomEntrance>();
        services.AddSingleton<RoomAdmission>();
        services.AddSingleton<CanvasRelay>();
        services.AddSingleton<GameAudience>();
        services.AddSingleton<SystemMessages>();
        services.AddOptions<PlayersOptions>();
        services.AddOptions<RoomsOptions>();
        services.AddOptions<RoundsOptions>();
        services.AddOptions<GalleryOptions>();
        return services;
    }

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface, ServiceLifetime lifetime)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var implemented in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface))
                services.Add(new ServiceDescriptor(implemented, type, lifetime));
        }
    }
}
