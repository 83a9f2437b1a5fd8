using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Class;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Elsewhere;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Frobnicate;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Internal;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Misnamed;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Mutable;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.NotSealed;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.OpenHandler;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Orphan;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.PublicHandler;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.TwiceHandled;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.EventHandlers;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Handlers;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Queries.PublicField;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Validation;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class RequestConventionTests
{
    private static Codebase Canaries => Codebase.Canaries("Requests");

    [Fact]
    public void Requests_are_public_sealed_immutable_records_with_one_handler_in_their_folder() =>
        RequestConventionRules.Requests(Codebase.Real).ShouldPass();

    [Fact]
    public void Request_handlers_are_internal_sealed_and_named_after_their_request() =>
        RequestConventionRules.Handlers(Codebase.Real).ShouldPass();

    [Fact]
    public void Validators_are_internal_sealed_and_named_after_what_they_validate() =>
        RequestConventionRules.Validators(Codebase.Real).ShouldPass();

    [Fact]
    public void Event_handlers_are_internal_sealed_and_named_after_their_event() =>
        RequestConventionRules.EventHandlers(Codebase.Real).ShouldPass();

    [Fact]
    public void Request_rule_catches_canaries() =>
        RequestConventionRules.Requests(Canaries).ShouldReportExactly(
            Expected.Type<MutableCommand>("is mutable: property Name has a set accessor"),
            Expected.Type<PublicFieldQuery>("is mutable: public field Count is not readonly"),
            Expected.Type<OrphanCommand>("has 0 handlers"),
            Expected.Type<TwiceHandledCommand>("has 2 handlers"),
            Expected.Type<MisplacedCommand>("lives in DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Elsewhere"),
            Expected.Type<NotSealedCommand>("is not sealed"),
            Expected.Type<InternalCommand>("is not public"),
            Expected.Type<ClassCommand>("is not a record"),
            Expected.Type<Frobnicate>("is not named …Command or …Query"));

    [Fact]
    public void Handler_rule_catches_canaries() =>
        RequestConventionRules.Handlers(Canaries).ShouldReportExactly(
            Expected.Type<PublicHandlerCommandHandler>("is not internal"),
            Expected.Type<OpenHandlerCommandHandler>("is not sealed"),
            Expected.Type<MisnamedCommandProcessor>("is not named MisnamedCommandHandler"),
            Expected.Type<WrongFolderCommandHandler>("expected DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.WrongFolder"),
            Expected.Type<TwiceHandledCommandOtherHandler>("is not named TwiceHandledCommandHandler"));

    [Fact]
    public void Validator_rule_catches_canaries() =>
        RequestConventionRules.Validators(Canaries).ShouldReportExactly(
            Expected.Type<PublicDoThingValidator>("is not internal"),
            Expected.Type<PublicDoThingValidator>("is not named DoThingCommandValidator"),
            Expected.Type<MutableCommandValidator>("is not sealed"));

    [Fact]
    public void Event_handler_rule_catches_canaries() =>
        RequestConventionRules.EventHandlers(Canaries).ShouldReportExactly(
            Expected.Type<AlphaHappenedListener>("is not internal"),
            Expected.Type<AlphaHappenedListener>("is not named AlphaHappenedIntegrationEventHandler"));
}
