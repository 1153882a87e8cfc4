import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { MANAGERS } from '../../auth/role-groups';
import { ArrivalsForecastInput } from './forecast.input';
import { ForecastService } from './forecast.service';
import { ArrivalsForecast } from './forecast.types';

@Resolver(() => ArrivalsForecast)
@Roles(MANAGERS)
export class ForecastResolver {
  constructor(private readonly service: ForecastService) {}

  @Query(() => ArrivalsForecast, {
    description:
      "The coming 4–8 weeks' arrivals per team with 80% and 95% prediction intervals, from the seasonal or trend model that forecast the team's recent weeks best, against the team's capacity: which weeks would exceed it, and by how much.",
  })
  arrivalsForecast(@Args('input') input: ArrivalsForecastInput): Promise<ArrivalsForecast> {
    return this.service.arrivalsForecast(input);
  }
}
