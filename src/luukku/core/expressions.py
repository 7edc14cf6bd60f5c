"""Query expressions Django does not have."""

from django.db.models import BooleanField, Func, Subquery


class InOnce(Func):
    """`column IN (subquery)` for a subquery that does not depend on the row (say, the
    viewer's departments), asked once for the statement. On PostgreSQL written as
    `column = ANY(ARRAY(subquery))`: an init plan whose list each row is compared with as
    with a list of values, where `IN (SELECT …)` is a hashed subplan probed for every row —
    twice as slow when counting ten thousand cases. SQLite runs an uncorrelated `IN` once."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, column, queryset):
        super().__init__(column, Subquery(queryset))

    def _parts(self, compiler):
        column, subquery = self.source_expressions
        column_sql, column_params = compiler.compile(column)
        subquery_sql, subquery_params = compiler.compile(subquery)
        return column_sql, subquery_sql, (*column_params, *subquery_params)

    def as_sql(self, compiler, connection, **extra):
        column_sql, subquery_sql, params = self._parts(compiler)
        return f"{column_sql} IN {subquery_sql}", params

    def as_postgresql(self, compiler, connection, **extra):
        column_sql, subquery_sql, params = self._parts(compiler)
        return f"{column_sql} = ANY(ARRAY{subquery_sql})", params
