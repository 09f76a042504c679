# Build stage: the same Maven wrapper and JDK the README uses.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY seed-data seed-data
# -Daot.skip: the AOT cache is trained for the paths and JDK of the machine that runs it (ADR 0024), not this stage
RUN ./mvnw -B -q -DskipTests -Daot.skip=true package

# Run stage: a JRE, the fat jar and the seed data it loads on first start.
FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --home /app policygraph && chown policygraph /app
COPY --from=build /src/target/policygraph.jar /app/policygraph.jar
COPY --from=build /src/seed-data /app/seed-data
USER policygraph
EXPOSE 8080
ENTRYPOINT ["java", "--add-opens", "java.base/java.nio=ALL-UNNAMED", "-jar", "/app/policygraph.jar"]
