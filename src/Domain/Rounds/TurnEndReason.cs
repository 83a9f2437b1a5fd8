namespace DrawGuess.Domain.Rounds;

public enum TurnEndReason
{
    AllGuessed,
    TimeUp,
    DrawerLeft,
}
