import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FilterMenu } from './FilterMenu';

const options = [
  { value: 'EXCUSE', label: 'Excuse', group: 'Warning signs' },
  { value: 'BLAME', label: 'Blames the customer', group: 'Warning signs' },
  { value: 'PROTOCOL_APOLOGY', label: 'Apologised', group: 'Protocol cues' },
];

function Harness({ initial = [] as string[] }) {
  const [selected, setSelected] = useState(initial);
  return (
    <>
      <FilterMenu
        label="Signs"
        options={options}
        selected={selected}
        onChange={setSelected}
        searchable
      />
      <p data-testid="selected">{selected.join(',')}</p>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('FilterMenu', () => {
  it('names its choice on the button, and "Any" when nothing is chosen', () => {
    const { rerender } = render(<Harness />);
    expect(screen.getByRole('button', { name: 'Signs: Any' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    rerender(<Harness key="2" initial={['EXCUSE', 'BLAME']} />);
    expect(
      screen.getByRole('button', { name: 'Signs: Excuse, Blames the customer' }),
    ).toBeInTheDocument();
  });

  it('opens into its list, keeps choices in the options’ order, and closes with Escape back on the button', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Signs: Any' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('searchbox', { name: 'Find in Signs' })).toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: 'Apologised (Protocol cues)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Excuse (Warning signs)' }));
    expect(screen.getByTestId('selected')).toHaveTextContent('EXCUSE,PROTOCOL_APOLOGY');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('narrows a long list as you type', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Signs: Any' }));
    await user.type(screen.getByRole('searchbox'), 'bla');
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(
      ['Blames the customer (Warning signs)'],
    );
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('Nothing matches “zzz”.')).toBeInTheDocument();
  });

  it('closes when a click lands elsewhere, and clears its choices on request', async () => {
    render(<Harness initial={['BLAME']} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Signs/ }));
    await user.click(screen.getByRole('button', { name: 'Clear signs' }));
    expect(screen.getByTestId('selected')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('button', { name: 'Signs: Any' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
