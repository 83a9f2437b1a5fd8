// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../src/i18n';
import { InviteCard } from '../src/pages/room/InviteCard';
import { useStore } from '../src/state/store';
import { testRoom } from './fixtures';

const room = testRoom([{ playerId: 'a'.repeat(32), name: 'Ann', isHost: true, connected: true, joinOrder: 0 }], 'waiting');

beforeEach(() => {
  useLanguage.setState({ language: 'en' });
  useStore.setState({ room });
});
afterEach(cleanup);

describe('the invite card', () => {
  it('shows the invite link as a QR code a phone can scan', async () => {
    render(<InviteCard />);
    const qr = await screen.findByTestId('invite-qr');
    const link = `${window.location.origin}/r/${room.code}`;
    expect(qr.getAttribute('data-link')).toBe(link);
    expect(qr.querySelector('svg path')).not.toBeNull();
    expect(screen.getByTestId('invite-link').textContent).toBe(link);
  });

  it('warns that a localhost link works only on this computer, and points to ./run.sh --lan', () => {
    // jsdom's page is on localhost.
    render(<InviteCard />);
    expect(screen.getByTestId('invite-lan-hint').textContent).toContain('./run.sh --lan');
  });
});
