using DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Endpoints;
using DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Realtime;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class PresentationTests
{
    private static Codebase Canaries => Codebase.Canaries("Presentation");

    [Fact]
    public void Hub_and_endpoints_only_send_requests_through_MediatR() =>
        PresentationRules.HubAndEndpointDependencies(Codebase.Real).ShouldPass();

    [Fact]
    public void GameHub_is_a_sealed_Hub_of_IGameClient_whose_methods_send_through_IMediator() =>
        PresentationRules.HubShape(Codebase.Real).ShouldPass();

    [Fact]
    public void Dependency_rule_catches_canaries() =>
        PresentationRules.HubAndEndpointDependencies(Canaries).ShouldReportExactly(
            Expected.Type<GameHub>("uses a repository/store port"),
            typeof(EntityEndpoints).Expect("uses a Domain type"),
            typeof(RepositoryEndpoints).Expect("uses a repository/store port"),
            typeof(StoreEndpoints).Expect("uses a repository/store port"),
            typeof(DbContextEndpoints).Expect("uses EF Core"),
            typeof(RedisEndpoints).Expect("uses Redis"),
            typeof(InfrastructureEndpoints).Expect("uses an Infrastructure type"),
            typeof(ServiceEndpoints).Expect("not a request, DTO or Contracts type"),
            typeof(HandlerEndpoints).Expect("uses MediatR beyond IMediator.Send"),
            typeof(SerilogEndpoints).Expect("uses Serilog"));

    [Fact]
    public void Hub_shape_rule_catches_canary() =>
        PresentationRules.HubShape(Canaries).ShouldReportExactly(
            Expected.Type<GameHub>("is not sealed"),
            Expected.Type<GameHub>("instead of Hub<DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Realtime.IGameClient>"),
            Expected.Type<GameHub>("hub method Idle does not call IMediator.Send"),
            Expected.Type<GameHub>("hub method CountWidgets does not call IMediator.Send"));
}
