// One filter of a list page's GET form: a labelled select whose first option («все») means no filter.
type Props = {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** the text of the empty option, e.g. «Все», «Все регионы» */
  allLabel: string;
  options: { value: string; label: string }[];
};

export function FilterSelect({ id, name, label, value, allLabel, options }: Props) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="input">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
