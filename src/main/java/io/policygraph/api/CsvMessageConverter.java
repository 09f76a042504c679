package io.policygraph.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Every list answer as CSV when asked with {@code Accept: text/csv}, because planners paste into spreadsheets: one
 * row per item, one column per component of the item's record (a nested record's components as {@code document.title}),
 * a list in one cell joined with {@code "; "} (bodies as {@code 生态环境局 (lead)}). Written in UTF-8 with a byte-order
 * mark: without it Excel reads the file in the system's code page and the Chinese comes out garbled. A page answer
 * ({@link Page}) gives its items, an answer holding a table ({@link Tabular}) its rows. Registered after the JSON
 * converter ({@link ApiServerConfiguration}), so that a client that accepts anything still gets JSON.
 */
final class CsvMessageConverter extends AbstractGenericHttpMessageConverter<Object> {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final char BOM = '\uFEFF';

	CsvMessageConverter() {
		super(TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return Page.class.isAssignableFrom(type) || List.class.isAssignableFrom(type) || Tabular.class.isAssignableFrom(type);
	}

	@Override
	public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
		return false;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV is an answer format only", input);
	}

	@Override
	protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV is an answer format only", input);
	}

	@Override
	protected void writeInternal(Object answer, Type type, HttpOutputMessage output) throws IOException {
		ResolvableType declared = type == null ? ResolvableType.forInstance(answer) : ResolvableType.forType(type);
		List<?> rows;
		ResolvableType row;
		if (answer instanceof Page<?> page) {
			rows = page.items();
			row = declared.as(Page.class).getGeneric(0);
		}
		else if (answer instanceof Tabular<?> table) {
			rows = table.rows();
			row = ResolvableType.forClass(answer.getClass()).as(Tabular.class).getGeneric(0);
		}
		else {
			rows = (List<?>) answer;
			row = declared.as(List.class).getGeneric(0);
		}
		Class<?> item = row.resolve(rows.isEmpty() ? Object.class : rows.get(0).getClass());
		List<Column> columns = columns(item, "", x -> x);
		Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		out.write(BOM);
		line(out, columns.stream().map(Column::name).toList());
		for (Object r : rows) {
			line(out, columns.stream().map(c -> cell(c.value().apply(r))).toList());
		}
		out.flush();
	}

	/** One column of the table: its header and how to read it from a row. */
	private record Column(String name, Function<Object, Object> value) {
	}

	private static List<Column> columns(Class<?> type, String prefix, Function<Object, Object> path) {
		if (!type.isRecord()) {
			return List.of(new Column(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1), path));
		}
		List<Column> out = new ArrayList<>();
		for (RecordComponent c : type.getRecordComponents()) {
			Function<Object, Object> read = path.andThen(x -> x == null ? null : component(c, x));
			if (c.getType().isRecord()) {
				out.addAll(columns(c.getType(), prefix + c.getName() + ".", read));
			}
			else {
				out.add(new Column(prefix + c.getName(), read));
			}
		}
		return out;
	}

	private static Object component(RecordComponent c, Object record) {
		try {
			c.getAccessor().setAccessible(true);
			return c.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + c, ex);
		}
	}

	/** A cell's text: lists joined, a record in a list by its name (or id) and role, maps as key=value. */
	private static String cell(Object value) {
		return switch (value) {
			case null -> "";
			case Collection<?> list -> list.stream().map(CsvMessageConverter::inList).collect(Collectors.joining("; "));
			case Map<?, ?> map -> map.entrySet().stream().map(e -> e.getKey() + "=" + cell(e.getValue()))
				.collect(Collectors.joining("; "));
			default -> value.getClass().isRecord() ? inList(value) : value.toString();
		};
	}

	private static String inList(Object element) {
		if (element == null || !element.getClass().isRecord()) {
			return String.valueOf(element);
		}
		Object name = null;
		Object id = null;
		Object role = null;
		for (RecordComponent c : element.getClass().getRecordComponents()) {
			switch (c.getName()) {
				case "name" -> name = component(c, element);
				case "id" -> id = component(c, element);
				case "role" -> role = component(c, element);
				default -> {
				}
			}
		}
		String label = String.valueOf(name != null ? name : id != null ? id : element);
		return role == null ? label : label + " (" + role + ")";
	}

	private static void line(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(cells.get(i)));
		}
		out.write("\r\n");
	}

	/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

}
