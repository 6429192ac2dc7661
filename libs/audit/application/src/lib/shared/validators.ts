/** `?eventType=a&eventType=b` or `?eventType=a,b` as a list. */
export const toList = ({ value }: { value: unknown }): unknown =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((item) =>
        typeof item === 'string' ? item.split(',').filter((part) => part !== '') : [item],
      );
