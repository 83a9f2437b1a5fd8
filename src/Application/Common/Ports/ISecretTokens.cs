namespace DrawGuess.Application.Common.Ports;

/// <summary>Creates unguessable resume tokens and the hashes we store instead of them.</summary>
public interface ISecretTokens
{
    string NewToken();

    string Hash(string token);
}
