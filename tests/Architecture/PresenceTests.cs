using DrawGuess.ArchitectureTests.Canaries.Presence.Domain.Alpha;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class PresenceTests
{
    [Fact]
    public void The_game_keeps_no_copy_of_who_is_connected() =>
        PresenceRules.DomainHoldsNoConnectionState(Codebase.Real, "Rounds").ShouldPass();

    [Fact]
    public void Presence_rule_catches_canaries() =>
        PresenceRules.DomainHoldsNoConnectionState(Codebase.Canaries("Presence"), "Alpha").ShouldReportExactly(
            Expected.Type<Seat>("property Connected"),
            Expected.Type<Seat>("field <Connected>k__BackingField"),
            Expected.Type<Seat>("method get_Connected"),
            Expected.Type<Seat>("method set_Connected"),
            Expected.Type<Guesser>("field _disconnectedAt"),
            Expected.Type<Guesser>("method SetConnected"));
}
