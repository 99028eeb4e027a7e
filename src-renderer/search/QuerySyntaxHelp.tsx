import { useStrings } from '../i18n/useStrings';

export function QuerySyntaxHelp({ id }: { id: string }) {
  const t = useStrings();
  return (
    <section id={id} className="syntax-help" aria-label={t.searchHelpTitle}>
      <table>
        <tbody>
          {t.searchHelpRows.map((row) => (
            <tr key={row.example}>
              <td>
                <code dir="auto">{row.example}</code>
              </td>
              <td>{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t.searchHelpNote}</p>
    </section>
  );
}
